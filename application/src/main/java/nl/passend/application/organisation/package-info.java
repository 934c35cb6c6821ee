/** Use cases of the organisation: register, update and read partnerships, boards and schools (administrator). */
package nl.passend.application.organisation;
