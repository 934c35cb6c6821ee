package nl.passend.application.student.port.in;

/**
 * Every use case of the student register (import, read, enrolments), as {@link nl.passend.application.Passend#students()} hands them out.
 */
public interface StudentUseCases extends ImportStudentsUseCase, ReadStudentUseCase, UpdateEnrolmentsUseCase {}
