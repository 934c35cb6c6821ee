package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The response check of the end-to-end tests can fail: on a field the document lacks, a status it does not declare, a missing header. */
class OpenApiContractTest {
  private static final String PARTNERSHIP = "{\"id\":\"po-22-01\",\"name\":\"SWV\",\"sector\":\"PO\",\"policyId\":\"po-22-01\",\"region\":\"r\","
      + "\"memberBoards\":[\"b1\"],\"version\":1}";
  private static final Map<String, List<String>> JSON_WITH_ETAG = Map.of("Content-Type", List.of("application/json"), "ETag", List.of("\"1\""));

  @Test
  void aResponseAsDocumentedPasses() {
    assertThatCode(() -> OpenApiContract.get().check("GET", "/api/v1/partnerships/po-22-01", new Client.Reply(200, PARTNERSHIP, JSON_WITH_ETAG)))
        .doesNotThrowAnyException();
  }

  @Test
  void aFieldAddedToAResponseWithoutTheDocumentFails() {
    String withExtra = PARTNERSHIP.replace("\"version\":1", "\"version\":1,\"chair\":\"someone\"");
    assertThatThrownBy(() -> OpenApiContract.get().check("GET", "/api/v1/partnerships/po-22-01", new Client.Reply(200, withExtra, JSON_WITH_ETAG)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("GET /partnerships/{id} 200").hasMessageContaining("chair");
  }

  @Test
  void aFieldOfTheWrongTypeFails() {
    String wrong = PARTNERSHIP.replace("\"version\":1", "\"version\":\"1\"");
    assertThatThrownBy(() -> OpenApiContract.get().check("GET", "/api/v1/partnerships/po-22-01", new Client.Reply(200, wrong, JSON_WITH_ETAG)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("version");
  }

  @Test
  void anUndeclaredStatusOrAMissingHeaderFails() {
    assertThatThrownBy(() -> OpenApiContract.get().check("GET", "/api/v1/partnerships/po-22-01", new Client.Reply(418, "{}", JSON_WITH_ETAG)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("418");
    assertThatThrownBy(() -> OpenApiContract.get().check("GET", "/api/v1/partnerships/po-22-01",
        new Client.Reply(200, PARTNERSHIP, Map.of("Content-Type", List.of("application/json")))))
        .isInstanceOf(AssertionError.class).hasMessageContaining("ETag");
  }
}
