/** Betrieb: what an operator's load balancer asks of an instance, such as whether it can reach its storage. */
package nl.passend.application.operations;
