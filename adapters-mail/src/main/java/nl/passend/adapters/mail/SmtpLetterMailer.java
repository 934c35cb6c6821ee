package nl.passend.adapters.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import nl.passend.application.letters.port.out.LetterMailer;

/**
 * Sends a letter as a mail with the PDF attached through an SMTP server. The Message-ID is the
 * letter's own (stable per idempotency key), so that a receiver sees a mail sent again after a crash as
 * the same message. Failures are reported without the addressee: the exception's text names only the
 * kind of failure.
 */
public final class SmtpLetterMailer implements LetterMailer {
  /**
   * Where and how to send.
   *
   * @param host the SMTP server
   * @param port its port
   * @param user the user to authenticate as, if the server wants one
   * @param password the user's password
   * @param from the sender's address (the partnership's)
   * @param startTls whether STARTTLS is required before anything is sent
   * @param timeoutMillis connect, read and write timeout
   */
  public record Settings(String host, int port, Optional<String> user, Optional<String> password, String from, boolean startTls, int timeoutMillis) {
    /** Validates the settings; messages name the environment variable. */
    public Settings {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("PASSEND_SMTP_HOST is empty");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("PASSEND_SMTP_PORT must be a port number (1-65535)");
      }
      if (user.isPresent() != password.isPresent()) {
        throw new IllegalArgumentException("PASSEND_SMTP_USER and PASSEND_SMTP_PASSWORD are set together or not at all");
      }
      try {
        new InternetAddress(from, true);
      } catch (MessagingException | NullPointerException e) {
        throw new IllegalArgumentException("PASSEND_SMTP_FROM must be an e-mail address", e);
      }
    }
  }

  private final Settings settings;
  private final Session session;

  /** Creates the mailer; it connects per mail. */
  public SmtpLetterMailer(Settings settings) {
    this.settings = settings;
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", settings.host());
    p.put("mail.smtp.port", String.valueOf(settings.port()));
    p.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeoutMillis()));
    p.put("mail.smtp.timeout", String.valueOf(settings.timeoutMillis()));
    p.put("mail.smtp.writetimeout", String.valueOf(settings.timeoutMillis()));
    p.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
    p.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
    p.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
    p.put("mail.smtp.from", settings.from());
    this.session = settings.user().isPresent() ? Session.getInstance(p, new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(settings.user().orElseThrow(), settings.password().orElseThrow());
      }
    }) : Session.getInstance(p);
  }

  @Override
  public void send(Mail mail) {
    MimeMessage message;
    try {
      message = message(mail);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new DeliveryFailedException("the letter could not be put in a mail (" + e.getClass().getSimpleName() + ")", e);
    }
    try {
      Transport.send(message);
    } catch (MessagingException e) {
      throw new DeliveryFailedException("the mail server at " + settings.host() + ":" + settings.port() + " did not accept the mail ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }

  MimeMessage message(Mail mail) throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = new StableIdMessage(session, mail.messageId());
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.toAddress(), mail.toName(), StandardCharsets.UTF_8.name()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    message.setHeader("Content-Language", "nl");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.body(), StandardCharsets.UTF_8.name());
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment(), mail.contentType())));
    attachment.setFileName(mail.attachmentName());
    attachment.setDisposition(MimeBodyPart.ATTACHMENT);
    MimeMultipart parts = new MimeMultipart();
    parts.addBodyPart(text);
    parts.addBodyPart(attachment);
    message.setContent(parts);
    message.saveChanges();
    return message;
  }

  /** Keeps the Message-ID the outbox gave instead of a new one per attempt. */
  private static final class StableIdMessage extends MimeMessage {
    private final String id;

    StableIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
