package nl.passend.application.transfer.port.out;

import java.io.InputStream;
import nl.passend.domain.transfer.TransferDossier;

/**
 * Reads a pupil's transfer dossier (the national OSO data set) into the facts Passend uses. An
 * adapter of this port parses the format; it never returns, logs or keeps the citizen number.
 */
public interface TransferDossierReader {
  /**
   * Reads one dossier.
   *
   * @throws nl.passend.application.common.UnreadableDocumentException when it cannot be read, naming where and why
   */
  TransferDossier read(InputStream dossier);
}
