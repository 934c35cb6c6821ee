package nl.passend.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import nl.passend.application.testing.StorageContract;
import nl.passend.domain.organisation.PolicyId;
import org.junit.jupiter.api.Test;

/** What every policy repository must do: hold at least the four built-in policies. */
public abstract class PolicyRepositoryContract extends StorageContract {

  @Test
  void holdsTheSeedPolicies() {
    assertThat(storage.policies().all()).extracting(p -> p.id().value()).contains("po-22-01", "vo-22-01", "vo-31-02", "vo-zo-drenthe");
    assertThat(storage.policies().find(PolicyId.of("vo-31-02"))).isPresent();
    assertThat(storage.policies().find(PolicyId.of("none-such"))).isEmpty();
    assertThat(storage.policies().isBuiltIn(PolicyId.of("po-22-01"))).isTrue();
  }
}
