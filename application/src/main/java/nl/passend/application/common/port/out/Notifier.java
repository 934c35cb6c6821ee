package nl.passend.application.common.port.out;

/** Verzender: sends letters, such as the decision letters of R-DL-6. */
public interface Notifier {
  /** Sends the letter; called after the change it reports has been made within the transaction. */
  void send(Notification notification);
}
