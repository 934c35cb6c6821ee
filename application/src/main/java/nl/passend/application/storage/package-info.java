/**
 * How a server finds its storage without knowing the adapter: a persistence adapter offers a
 * {@link nl.passend.application.storage.StorageProvider} through {@link java.util.ServiceLoader},
 * so that no adapter depends on another.
 */
package nl.passend.application.storage;
