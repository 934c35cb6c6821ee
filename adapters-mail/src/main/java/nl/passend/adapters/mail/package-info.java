/** The SMTP adapter of the letters' mail port: Jakarta Mail in Eclipse's implementation (Angus Mail). */
package nl.passend.adapters.mail;
