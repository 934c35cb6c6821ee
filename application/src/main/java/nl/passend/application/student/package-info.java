/** Use cases of students: register, import in bulk (all or nothing), update enrolments, read within scope. */
package nl.passend.application.student;
