package org.microcred.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microcred.common.ProblemException;

class RecipientIdentityTest {

    @Test
    void hashesTheSpecsKnownValue() {
        assertThat(RecipientIdentity.hash("nobody@example.org", "deadsea"))
                .isEqualTo("sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942");
    }

    @Test
    void emailIsTrimmedAndLowerCasedBeforeHashing() {
        RecipientIdentity identity = RecipientIdentity.of("recipient", "email", "  NoBody@Example.ORG \n");
        assertThat(identity.identity()).isEqualTo("nobody@example.org");
        assertThat(identity.hash("deadsea"))
                .isEqualTo("sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942");
    }

    @Test
    void telephoneIsNormalizedToE164AndUrlIsKeptAsGiven() {
        assertThat(RecipientIdentity.of("r", "telephone", " +1 (202) 555-0100 ").identity()).isEqualTo("+12025550100");
        assertThat(RecipientIdentity.of("r", "url", " https://teacher.example.org/Me ").identity())
                .isEqualTo("https://teacher.example.org/Me");
    }

    @Test
    void refusesMalformedIdentitiesNamingTheField() {
        assertThatThrownBy(() -> RecipientIdentity.of("recipient", "email", "not-an-email"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("recipient.identity"));
        assertThatThrownBy(() -> RecipientIdentity.of("recipient", "telephone", "555-0100"))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> RecipientIdentity.of("recipient", "url", "ftp://x.example.org"))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void saltIsFreshEachTime() {
        assertThat(RecipientIdentity.newSalt()).hasSize(32).isNotEqualTo(RecipientIdentity.newSalt());
    }
}
