/** What drivers ask of the letters: who receives a decision letter, sending what is due, and how far each letter got. */
package nl.passend.application.letters.port.in;
