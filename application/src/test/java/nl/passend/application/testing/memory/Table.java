package nl.passend.application.testing.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.common.Versioned;

/** A versioned in-memory table with optimistic locking and undo for the unit of work. */
final class Table<K, V> {
  private final String kind;
  private final ConcurrentSkipListMap<K, Versioned<V>> rows;
  private final InMemoryUnitOfWork unitOfWork;

  Table(String kind, Comparator<? super K> order, InMemoryUnitOfWork unitOfWork) {
    this.kind = kind;
    this.rows = new ConcurrentSkipListMap<>(order);
    this.unitOfWork = unitOfWork;
  }

  Versioned<V> insert(K key, V value) {
    return unitOfWork.write(() -> {
      if (rows.containsKey(key)) {
        throw new AlreadyExistsException(kind, key.toString());
      }
      Versioned<V> stored = new Versioned<>(value, 1);
      rows.put(key, stored);
      unitOfWork.onRollback(() -> rows.remove(key));
      return stored;
    });
  }

  Versioned<V> update(K key, V value, long expectedVersion) {
    return unitOfWork.write(() -> {
      Versioned<V> current = rows.get(key);
      if (current == null) {
        throw new NotFoundException(kind, key.toString());
      }
      if (current.version() != expectedVersion) {
        throw new StaleVersionException(kind, key.toString(), expectedVersion, current.version());
      }
      Versioned<V> stored = new Versioned<>(value, current.version() + 1);
      rows.put(key, stored);
      unitOfWork.onRollback(() -> rows.put(key, current));
      return stored;
    });
  }

  Versioned<V> upsert(K key, V value) {
    return unitOfWork.write(() -> {
      Versioned<V> current = rows.get(key);
      Versioned<V> stored = new Versioned<>(value, current == null ? 1 : current.version() + 1);
      rows.put(key, stored);
      unitOfWork.onRollback(() -> {
        if (current == null) {
          rows.remove(key);
        } else {
          rows.put(key, current);
        }
      });
      return stored;
    });
  }

  boolean delete(K key) {
    return unitOfWork.write(() -> {
      Versioned<V> removed = rows.remove(key);
      if (removed != null) {
        unitOfWork.onRollback(() -> rows.put(key, removed));
      }
      return removed != null;
    });
  }

  Optional<Versioned<V>> find(K key) {
    return Optional.ofNullable(rows.get(key));
  }

  Collection<Versioned<V>> all() {
    return List.copyOf(rows.values());
  }

  long size() {
    return rows.size();
  }
}
