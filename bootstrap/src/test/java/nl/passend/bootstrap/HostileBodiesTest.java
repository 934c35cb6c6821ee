package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Posts thousands of generated malformed or hostile bodies to every endpoint that takes a body and
 * requires that each answer is a 4xx problem document: never a 2xx (nothing malformed is accepted),
 * never a 5xx, never a stack trace.
 *
 * <p>Each body is derived from a valid example for its endpoint by one of these attacks: random
 * bytes and text, a truncated example, a JSON value of the wrong kind at the top, an unknown field
 * added, a known field given a value of the wrong kind (object for text, text for numbers, and so
 * on), a repeated key, deep nesting, over-long numbers, and invalid UTF-8.
 */
class HostileBodiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static PassendServer server;
  private static Client client;
  private static final List<Target> TARGETS = new ArrayList<>();

  /** One endpoint with a token allowed to call it and a valid example body. */
  record Target(String token, String method, String path, String contentType, String example, String ifMatch) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** A body and the endpoint it is sent to. */
  record Attack(Target target, String kind, byte[] body) {
    @Override
    public String toString() {
      String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
      return target + " [" + kind + "] " + text;
    }
  }

  @BeforeContainer
  static void start() {
    Map<String, String> env = TestDatabases.serverEnv();
    env.put("PASSEND_STORAGE", "memory");
    server = PassendServer.create(env).start();
    client = new Client(server.port());

    Client.Reply application = client.post("demo-school", "/api/v1/applications", """
        {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0004", "applyingSchoolBrin": "99PE00",
         "schoolType": "SO", "specialNeedsType": "LG", "receivedOn": "2025-09-15"}""");
    assertThat(application.status()).as(application.body()).isEqualTo(201);
    Client.Reply duty = client.post("demo-school", "/api/v1/placement-duty-cases",
        "{\"partnershipId\":\"po-22-01\",\"studentId\":\"fuzz-1\",\"schoolBrin\":\"99PE00\",\"registeredOn\":\"2025-09-01\"}");
    assertThat(duty.status()).as(duty.body()).isEqualTo(201);
    Client.Reply home = client.post("demo-partnership", "/api/v1/out-of-school-cases",
        "{\"partnershipId\":\"po-22-01\",\"studentId\":\"demo-0005\",\"category\":\"LONG_TERM_RELATIVE_ABSENCE\",\"startedOn\":\"2025-01-06\","
            + "\"reason\":\"no fitting place\",\"coordinator\":\"coordinator-1\"}");
    assertThat(home.status()).as(home.body()).isEqualTo(201);
    Client.Reply board = client.get("demo-admin", "/api/v1/boards/13785");
    Client.Reply school = client.get("demo-admin", "/api/v1/schools/99PE00");
    String app = application.header("Location");

    json("demo-school", "POST", "/api/v1/policies/po-22-01/eligibility/ZML", """
        {"assessmentDate": "2025-03-01", "dateOfBirth": "2013-05-01", "iq": 62,
         "domains": {"ARITHMETIC": {"dl": 60, "dle": 28}}, "findings": {"veryLowSelfReliance": true}}""", null);
    json("demo-school", "POST", "/api/v1/policies/vo-31-02/eligibility/LWOO", """
        {"assessmentDate": "2025-03-01", "iq": 85, "domains": {"ARITHMETIC": {"dl": 60, "dle": 40}}}""", null);
    json("demo-school", "POST", "/api/v1/policies/po-22-01/deadlines", "{\"procedure\": \"ADMISSIBILITY_DECISION\", \"receivedOn\": \"2025-03-03\"}", null);
    json("demo-school", "POST", "/api/v1/policies/vo-22-01/deadlines", "{\"procedure\": \"ADMISSIBILITY_DECISION\", \"receivedOn\": \"2025-10-06\","
        + "\"holidays\": [{\"name\": \"autumn\", \"first\": \"2025-10-18\", \"last\": \"2025-10-26\"}]}", null);
    json("demo-auditor", "POST", "/api/v1/funding/distribution", "{\"amount\": \"3614424.00\", \"roundTo\": \"1.00\", \"shares\": {\"13785\": 3217, \"32073\": 3445}}", null);
    json("demo-auditor", "POST", "/api/v1/funding/special-education-deduction",
        "{\"policyId\": \"vo-31-02\", \"counts\": {\"LOW\": 333, \"MEDIUM\": 14, \"HIGH\": 14}, \"residential\": 37}", null);
    json("demo-auditor", "POST", "/api/v1/monitoring/participation", "{\"counts\": {\"BO\": 3052, \"SBO\": 39}, \"denominator\": [\"BO\", \"SBO\"], \"decimals\": 1}", null);
    json("demo-admin", "POST", "/api/v1/partnerships", "{\"id\": \"fuzz-po\", \"name\": \"Fuzz PO\", \"sector\": \"PO\", \"policyId\": \"po-22-01\"}", null);
    json("demo-admin", "POST", "/api/v1/boards", "{\"id\": \"fuzz-b\", \"name\": \"Fuzz board\", \"partnershipIds\": [\"po-22-01\"]}", null);
    json("demo-admin", "PUT", "/api/v1/boards/13785", "{\"id\": \"13785\", \"name\": \"Board\", \"partnershipIds\": [\"po-22-01\"]}", board.etag());
    json("demo-admin", "POST", "/api/v1/schools", "{\"brin\": \"99ZZ00\", \"name\": \"Fuzz school\", \"boardId\": \"13785\", \"schoolType\": \"BO\"}", null);
    json("demo-admin", "PUT", "/api/v1/schools/99PE00", "{\"brin\": \"99PE00\", \"name\": \"School\", \"boardId\": \"13785\", \"schoolType\": \"BO\"}", school.etag());
    json("demo-partnership", "POST", "/api/v1/exemptions",
        "{\"partnershipId\": \"po-22-01\", \"studentId\": \"demo-0004\", \"ground\": \"ART_5A_PHYSICAL_PSYCHOLOGICAL\", \"from\": \"2025-09-01\", "
            + "\"until\": \"2026-07-31\"}", null);
    json("demo-school", "POST", "/api/v1/applications", """
        {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0007", "applyingSchoolBrin": "99PE00",
         "schoolType": "SO", "specialNeedsType": "LG", "receivedOn": "2025-09-15"}""", null);
    json("demo-school", "PUT", app + "/dossier", "{\"items\": [\"GUARDIANS_VIEW\", \"EDUCATIONAL_REPORT\"], "
        + "\"expertAdvices\": [{\"expertReference\": \"exp-1\", \"profession\": \"ORTHOPEDAGOGUE\", \"givenOn\": \"2025-09-10\"}]}", application.etag());
    json("demo-partnership", "POST", app + "/acknowledge", "{\"on\": \"2025-09-16\", \"reason\": \"received\"}", application.etag());
    json("demo-partnership", "POST", app + "/grant",
        "{\"on\": \"2025-10-01\", \"reason\": \"criteria met\", \"startDate\": \"2025-11-01\", \"endDate\": \"2026-07-31\"}", application.etag());
    json("demo-school", "POST", "/api/v1/placement-duty-cases",
        "{\"partnershipId\":\"po-22-01\",\"studentId\":\"fuzz-2\",\"schoolBrin\":\"99PE00\",\"registeredOn\":\"2025-09-01\"}", null);
    json("demo-board", "POST", duty.header("Location") + "/conclude", "{\"outcome\":\"ADMITTED\",\"reason\":\"admitted\"}", duty.etag());
    json("demo-partnership", "POST", "/api/v1/out-of-school-cases",
        "{\"partnershipId\":\"po-22-01\",\"studentId\":\"demo-0008\",\"category\":\"LONG_TERM_RELATIVE_ABSENCE\",\"startedOn\":\"2025-01-06\","
            + "\"reason\":\"no fitting place\",\"coordinator\":\"coordinator-1\"}", null);
    json("demo-partnership", "POST", home.header("Location") + "/escalate", "{\"description\":\"stalls\"}", home.etag());
    TARGETS.add(new Target("demo-partnership", "POST", "/api/v1/students/import?partnershipId=po-22-01", "text/csv",
        "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\nfz-1,2016-02-03,99PE00,BO,2020-08-01,\n", null));

    // Each example is valid, so a refusal of an attack is due to the attack. Examples that change a
    // versioned resource are not sent, since that would move its ETag.
    for (Target t : TARGETS) {
      if (t.ifMatch() == null) {
        Client.Reply r = client.send(t.token(), t.method(), t.path(), t.contentType(), t.example().getBytes(StandardCharsets.UTF_8), null);
        assertThat(r.status()).as(t + " example -> " + r.body()).isBetween(200, 299);
      }
    }
  }

  private static void json(String token, String method, String path, String example, String ifMatch) {
    TARGETS.add(new Target(token, method, path, "application/json", example, ifMatch));
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Property(tries = 4000)
  void everyHostileBodyGetsA4xxProblem(@ForAll("attacks") Attack attack) {
    Target t = attack.target();
    Client.Reply r = client.send(t.token(), t.method(), t.path(), t.contentType(), attack.body(), t.ifMatch());
    assertThat(r.status()).as(attack + " -> " + r.body()).isBetween(400, 499);
    assertThat(r.header("Content-Type")).as(attack.toString()).startsWith("application/problem+json");
    JsonNode problem = r.json();
    assertThat(problem.get("status").asInt()).isEqualTo(r.status());
    assertThat(r.body()).as(attack.toString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Provide
  Arbitrary<Attack> attacks() {
    return Arbitraries.of(TARGETS).flatMap(t -> t.contentType().equals("text/csv") ? csvAttacks(t) : jsonAttacks(t));
  }

  private Arbitrary<Attack> jsonAttacks(Target t) {
    ObjectNode example = (ObjectNode) Client.parse(t.example());
    List<String> fields = new ArrayList<>();
    example.fieldNames().forEachRemaining(fields::add);
    Arbitrary<Attack> garbage = Arbitraries.strings().ofMaxLength(120)
        .map(s -> attack(t, "text", "#" + s));
    Arbitrary<Attack> bytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200)
        .map(b -> {
          b[0] = (byte) 0xFF; // never valid UTF-8 JSON
          return new Attack(t, "bytes", b);
        });
    // An action without a body is taken "today" with no reason (API.md's "on" defaults), so an empty
    // body is only hostile where a body is required.
    boolean emptyAllowed = t.ifMatch() != null && t.method().equals("POST");
    Arbitrary<Attack> truncated = Arbitraries.integers().between(emptyAllowed ? 1 : 0, t.example().strip().length() - 1)
        .map(n -> attack(t, "truncated", t.example().strip().substring(0, n)));
    Arbitrary<Attack> wrongTop = Arbitraries.of("[]", "null", "\"text\"", "42", "true", "[" + t.example() + "]", emptyAllowed ? "  x" : "", "{}{}",
            t.example() + " 1")
        .map(s -> attack(t, "wrong-top", s));
    Arbitrary<Attack> unknownField = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), hostileValues())
        .as((name, value) -> {
          ObjectNode copy = example.deepCopy();
          copy.set("zz" + name, value);
          return attack(t, "unknown-field", copy.toString());
        });
    Arbitrary<Attack> wrongKind = Combinators.combine(Arbitraries.of(fields), Arbitraries.integers().between(0, 9))
        .as((field, pick) -> {
          ObjectNode copy = example.deepCopy();
          copy.set(field, wrongKindFor(example.get(field), pick));
          return attack(t, "wrong-kind", copy.toString());
        });
    Arbitrary<Attack> repeated = Arbitraries.of(fields).map(field -> {
      String body = t.example().strip();
      String extra = "\"" + field + "\": " + example.get(field) + ", ";
      return attack(t, "repeated-key", "{" + extra + body.substring(1));
    });
    Arbitrary<Attack> deep = Arbitraries.integers().between(40, 5000).map(n -> attack(t, "deep",
        "{\"" + fields.get(0) + "\": " + "[".repeat(n) + "]".repeat(n) + "}"));
    Arbitrary<Attack> longNumber = Combinators.combine(Arbitraries.of(fields), Arbitraries.integers().between(25, 2000))
        .as((field, n) -> {
          String body = t.example().strip();
          return attack(t, "long-number", "{\"" + field + "\": 1" + "0".repeat(n) + ", " + body.substring(1).replace("\"" + field + "\"", "\"zz\""));
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, garbage), net.jqwik.api.Tuple.of(1, bytes), net.jqwik.api.Tuple.of(2, truncated),
        net.jqwik.api.Tuple.of(1, wrongTop), net.jqwik.api.Tuple.of(2, unknownField), net.jqwik.api.Tuple.of(4, wrongKind),
        net.jqwik.api.Tuple.of(1, repeated), net.jqwik.api.Tuple.of(1, deep), net.jqwik.api.Tuple.of(1, longNumber));
  }

  private Arbitrary<Attack> csvAttacks(Target t) {
    Arbitrary<Attack> text = Arbitraries.strings().ofMaxLength(300).map(s -> attack(t, "csv-text", s));
    Arbitrary<Attack> header = Arbitraries.strings().withChars("abc,;\"=\n\r\t+-@").ofMaxLength(80)
        .map(s -> attack(t, "csv-header", s + "\n1,2,3\n"));
    Arbitrary<Attack> row = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(
            "=HYPERLINK(\"http://x\")", "'; DROP TABLE students;--", "\"unterminated", "", "2016-02-31", "99PE0", "BO,extra,cells",
            "x".repeat(5000), "\u0000", "+cmd", "-1", "@SUM(A1)"))
        // a value that is a well-formed identifier is a legitimate student id
        .filter((column, value) -> column != 0 || !value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"))
        .as((column, value) -> {
          String[] cells = {"fz-2", "2016-02-03", "99PE00", "BO", "2020-08-01", ""};
          cells[column] = value;
          return attack(t, "csv-row", "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\n" + String.join(",", cells) + "\n");
        });
    Arbitrary<Attack> bytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200).map(b -> {
      b[0] = (byte) 0xC3;
      if (b.length > 1) {
        b[1] = (byte) 0x28; // an invalid UTF-8 sequence
      }
      return new Attack(t, "csv-bytes", b);
    });
    return Arbitraries.oneOf(text, header, row.filter(HostileBodiesTest::rowIsInvalid), bytes);
  }

  /**
   * The end date cell may legitimately be empty, or blank (unquoted spaces and control characters
   * around a cell are not part of it, as the CSV reader trims them); every other substitution breaks
   * the row.
   */
  private static boolean rowIsInvalid(Attack a) {
    String body = new String(a.body(), StandardCharsets.UTF_8);
    return !body.matches("(?s).*,2020-08-01,[\\x00-\\x20&&[^\\n]]*\\n") || !body.contains("\nfz-2,2016-02-03,99PE00,BO,");
  }

  private static Attack attack(Target t, String kind, String body) {
    return new Attack(t, kind, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Values that are wrong wherever they stand in place of a field of the example's kind. */
  private static JsonNode wrongKindFor(JsonNode original, int pick) {
    List<JsonNode> candidates = new ArrayList<>();
    if (!original.isObject()) {
      candidates.add(NODES.objectNode().put("$ne", 1));
      candidates.add(NODES.objectNode());
    }
    if (!original.isArray()) {
      candidates.add(NODES.arrayNode().add("x"));
      candidates.add(NODES.arrayNode());
    }
    if (!original.isTextual()) {
      candidates.add(NODES.textNode("'; DROP TABLE students;--"));
      candidates.add(NODES.textNode(""));
    }
    if (!original.isNumber()) {
      candidates.add(NODES.numberNode(1.5));
      candidates.add(NODES.numberNode(-7));
    }
    if (!original.isBoolean()) {
      candidates.add(NODES.booleanNode(true));
    }
    if (original.isNumber()) {
      candidates.add(NODES.numberNode(original.asLong() + 0.5));
    }
    if (original.isArray() && !original.isEmpty()) {
      candidates.add(NODES.arrayNode().add(NODES.nullNode()));
    }
    if (original.isObject() && original.size() > 0) {
      ObjectNode bad = NODES.objectNode();
      Iterator<String> names = original.fieldNames();
      bad.set(names.next(), NODES.objectNode().put("$gt", ""));
      candidates.add(bad);
    }
    return candidates.get(pick % candidates.size());
  }

  private static Arbitrary<JsonNode> hostileValues() {
    ArrayNode nested = NODES.arrayNode();
    nested.addObject().put("a", 1);
    return Arbitraries.of(NODES.nullNode(), NODES.textNode("x"), NODES.numberNode(1), NODES.booleanNode(false), nested,
        NODES.objectNode().put("__proto__", "polluted"), NODES.textNode("../../etc/passwd"));
  }
}
