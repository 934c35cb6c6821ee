package nl.passend.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A body read up to its limit fails past it, never cut short. */
class LimitedInputStreamTest {
  @Test
  void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
    LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100);
    assertThat(in.readAllBytes()).hasSize(100);
    assertThat(in.exceeded()).isFalse();
  }

  @Test
  void oneByteMoreFailsTheReadThatWentPastIt() {
    LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100);
    assertThatThrownBy(in::readAllBytes).isInstanceOf(LimitedInputStream.LimitExceededException.class)
        .hasMessage("the body is larger than 100 bytes");
    assertThat(in.exceeded()).isTrue();
  }

  @Test
  void singleBytesAndSkipsCountToo() throws IOException {
    LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 5);
    assertThat(in.skip(4)).isEqualTo(4);
    assertThat(in.read()).isZero();
    assertThatThrownBy(in::read).isInstanceOf(LimitedInputStream.LimitExceededException.class);
  }
}
