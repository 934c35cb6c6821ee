/**
 * Beleid: a partnership's policy as one value, composed of the rules of each area (enrolment
 * tolerance, support, development plans, and later deadlines, schemes, funding and targets), and
 * the four built-in policies of the seeds. Policies are data: no code asks which partnership it
 * serves.
 */
@PassendStyle
package nl.passend.domain.policy;

import nl.passend.domain.common.PassendStyle;
