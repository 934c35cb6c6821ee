/** What the letters need from outside: an outbox that takes part in the storage's transactions, and a mail server. */
package nl.passend.application.letters.port.out;
