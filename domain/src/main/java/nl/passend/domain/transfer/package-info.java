/**
 * Overstap PO-VO: the transfer protocol of {@code po-22-01} as policy data, anchored on a student's
 * group 7 and group 8 school years, and the track of one student with the steps due or overdue on a
 * date (R-ZP-4).
 */
package nl.passend.domain.transfer;
