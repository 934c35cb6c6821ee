/** Policy simulation: what a candidate policy would have decided on the kept assessments of decided cases. */
package nl.passend.application.simulation;
