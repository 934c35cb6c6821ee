/**
 * The HTTP adapter: routes, DTO records and mappers that keep the contract of API.md, and the
 * server main. Domain types never carry Jackson annotations; mapping happens here.
 */
package nl.passend.adapters.web;
