/** Use cases of admissibility: submit an application, take each step of its procedure, read it, list statements. */
package nl.passend.application.decision;
