/**
 * What every area of the domain shares: the validation error that names its field, and the one
 * Immutables style of the project.
 */
package nl.passend.domain.common;
