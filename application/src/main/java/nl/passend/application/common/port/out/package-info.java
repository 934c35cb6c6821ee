/** Outbound ports every area uses: clock, ids, unit of work, audit log, notifier, school calendars. */
package nl.passend.application.common.port.out;
