package nl.passend.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import nl.passend.application.common.StorageUnavailableException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {
  @Test
  void aLostConnectionIsUnavailableStorageWhereverItIsInTheChain() {
    assertThat(SqlErrors.translate(new SQLException("gone", "08006"), "statement")).isInstanceOf(StorageUnavailableException.class);
    assertThat(SqlErrors.translate(new SQLException("terminating connection", "57P01"), "statement")).isInstanceOf(StorageUnavailableException.class);
    assertThat(SqlErrors.translate(new SQLTransientConnectionException("pool timeout"), "connect")).isInstanceOf(StorageUnavailableException.class);
    assertThat(SqlErrors.translate(new SQLException("wrapped", null, new SQLException("refused", "08001")), "connect"))
        .isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void otherErrorsAreNotMistakenForAnOutageAndCarryNoData() {
    RuntimeException e = SqlErrors.translate(new SQLException("value 'secret' too long", "22001"), "statement");
    assertThat(e).isNotInstanceOf(StorageUnavailableException.class);
    assertThat(e.getMessage()).isEqualTo("database error 22001 during statement");
  }
}
