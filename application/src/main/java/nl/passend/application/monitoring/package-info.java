/** The partnership report at a count date, from the stored model (R-MON-3). */
package nl.passend.application.monitoring;
