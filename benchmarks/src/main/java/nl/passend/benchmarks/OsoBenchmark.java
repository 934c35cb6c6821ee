package nl.passend.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.passend.adapters.oso.OsoDossierReader;
import nl.passend.domain.transfer.TransferDossier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.w3c.dom.Document;

/**
 * Reading an OSO dossier of 200 kB on one thread: Passend's reader (StAX into a small tree, then the
 * mapping with its warnings) against the JDK's DOM parser building the whole document, the usual way
 * such files are read. The dossier is invented: a pupil with a ten-year career, twenty tests and an
 * embedded document of 185 kB, the shape of a real swv-dossier.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OsoBenchmark {
  private byte[] dossier;
  private OsoDossierReader reader;
  private DocumentBuilderFactory dom;

  @Setup
  public void setUp() throws Exception {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<dossier xmlns=\"http://www.edustandaard.nl/oso_gegevensset/2019/dossier\"><metadata><datum>2024-02-01</datum>"
        + "<standaardversie>2019.1</standaardversie><overstap>POSWV</overstap></metadata><overdrachtsoort>swv-dossier</overdrachtsoort>"
        + "<huidigeschool><brincode>99XA</brincode><vestigingscode>01</vestigingscode><soort>BAO</soort><leerling>"
        + "<geboortedatum>2013-06-12</geboortedatum><leerlingid>L-1</leerlingid><schoolloopbaanlijst>");
    for (int year = 2016; year < 2026; year++) {
      xml.append("<schoolloopbaan><schooljaar>").append(year).append('-').append(year + 1).append("</schooljaar><jaargroep>").append(year - 2014)
          .append("</jaargroep><begindatum>").append(year).append("-08-01</begindatum><einddatum>").append(year + 1)
          .append("-07-31</einddatum><brincode>99XA</brincode><vestigingscode>01</vestigingscode><schoolsoort>BAO</schoolsoort></schoolloopbaan>");
    }
    xml.append("</schoolloopbaanlijst><onderwijsondersteuning><opp><opp_ingangdatum>2023-09-01</opp_ingangdatum><document><bestandsnaam>opp.pdf"
        + "</bestandsnaam><bestandsinhoud>");
    xml.append("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo".repeat(185_000 / 35));
    xml.append("</bestandsinhoud></document></opp></onderwijsondersteuning><toetslijst>");
    String[] areas = {"technisch lezen", "begrijpend lezen", "spelling", "rekenen"};
    for (int i = 0; i < 20; i++) {
      xml.append("<toets><toetsidentificatie><eldtoetscode>T-").append(i).append("</eldtoetscode><leergebied>").append(areas[i % 4])
          .append("</leergebied><toetsnaam>Invented test ").append(i).append("</toetsnaam></toetsidentificatie><afname><afnamedatum>2023-")
          .append(String.format("%02d", 1 + i % 12)).append("-10</afnamedatum><jaargroep>7</jaargroep><dl>45</dl></afname><resultaat>"
          + "<referentiescore><codereferentiescore>DLE</codereferentiescore><waarde>").append(20 + i).append("</waarde></referentiescore>"
          + "<referentiescore><codereferentiescore>DQ</codereferentiescore><waarde>80</waarde></referentiescore></resultaat><opmerking>"
          + "A remark about the test that a teacher typed, of some length so that the file has the usual text in it.</opmerking></toets>");
    }
    xml.append("<toets><toetsidentificatie><eldtoetscode>IQ-1</eldtoetscode></toetsidentificatie><afname><afnamedatum>2023-10-02</afnamedatum>"
        + "</afname><resultaat><referentiescore><codereferentiescore>IQ</codereferentiescore><waarde>78</waarde></referentiescore></resultaat>"
        + "</toets></toetslijst></leerling></huidigeschool></dossier>");
    dossier = xml.toString().getBytes(StandardCharsets.UTF_8);
    reader = new OsoDossierReader();
    dom = DocumentBuilderFactory.newInstance();
    dom.setNamespaceAware(true);
    dom.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    TransferDossier read = reader.read(new ByteArrayInputStream(dossier));
    if (read.assessment().orElseThrow().iq().orElseThrow() != 78 || read.schoolCareer().size() != 10) {
      throw new IllegalStateException("the benchmark dossier is not read as expected");
    }
    System.out.printf("%n[check] dossier of %,d bytes read: IQ 78, %d career periods, %d domains%n", dossier.length, read.schoolCareer().size(),
        read.assessment().orElseThrow().domains().size());
  }

  @Benchmark
  public TransferDossier passendReader() {
    return reader.read(new ByteArrayInputStream(dossier));
  }

  @Benchmark
  public Document peerJdkDom() throws Exception {
    DocumentBuilder builder = dom.newDocumentBuilder();
    return builder.parse(new ByteArrayInputStream(dossier));
  }
}
