package org.microcred.stack;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.microcred.assertion.Assertion;
import org.microcred.assertion.AssertionService;
import org.microcred.assertion.AssertionService.LiveAward;
import org.microcred.assertion.BadgeAwarded;
import org.microcred.assertion.RecipientIdentity;
import org.microcred.badgeclass.BadgeClass;
import org.microcred.badgeclass.BadgeClassService;
import org.microcred.common.FieldError;
import org.microcred.common.ProblemException;
import org.microcred.issuer.IssuerService;
import org.microcred.security.Caller;
import org.microcred.stack.StackRequests.Earned;
import org.microcred.stack.StackRequests.Member;
import org.microcred.stack.StackRequests.Progress;

/**
 * Stacks and their completion. A recipient completes a stack when they hold live (neither revoked nor expired)
 * awards of the required number of its badge classes; the completion badge is then issued once, in the same
 * transaction as the award that completed the stack.
 */
@ApplicationScoped
public class StackService {

    private final IssuerService issuers;
    private final BadgeClassService badges;
    private final AssertionService assertions;
    private final Clock clock;
    private final Map<UUID, List<UUID>> memberIds = new ConcurrentHashMap<>();

    public StackService(IssuerService issuers, BadgeClassService badges, AssertionService assertions, Clock clock) {
        this.issuers = issuers;
        this.badges = badges;
        this.assertions = assertions;
        this.clock = clock;
    }

    /**
     * Creates the stack. Recipients who already hold enough of its badges complete it now, so a stack defined
     * after a pilot started still awards its completion badge.
     */
    @Transactional
    public Stack create(Caller caller, UUID issuerId, StackRequests.Create request) {
        issuers.get(caller, issuerId);
        List<UUID> members = request.badgeClassIds();
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            UUID id = members.get(i);
            if (!seen.add(id)) {
                errors.add(new FieldError("badgeClassIds[" + i + "]", "is listed twice"));
            } else if (badges.find(id).filter(b -> b.issuerId.equals(issuerId)).isEmpty()) {
                errors.add(new FieldError("badgeClassIds[" + i + "]", "is not a badge class of this issuer"));
            }
        }
        int required = request.requiredCount() == null ? members.size() : request.requiredCount();
        if (required > members.size()) {
            errors.add(new FieldError("requiredCount", "must not exceed the number of badge classes ("
                    + members.size() + ")"));
        }
        UUID completion = request.completionBadgeClassId();
        if (completion != null) {
            if (badges.find(completion).filter(b -> b.issuerId.equals(issuerId)).isEmpty()) {
                errors.add(new FieldError("completionBadgeClassId", "is not a badge class of this issuer"));
            } else if (seen.contains(completion)) {
                errors.add(new FieldError("completionBadgeClassId", "must not be one of the stack's badge classes"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Stack stack = new Stack();
        stack.id = UUID.randomUUID();
        stack.issuerId = issuerId;
        stack.name = request.name().strip();
        stack.description = request.description();
        stack.requiredCount = required;
        stack.completionBadgeClassId = completion;
        stack.createdAt = clock.instant();
        stack.persist();
        for (int i = 0; i < members.size(); i++) {
            StackMember member = new StackMember();
            member.key = new StackMember.Key(stack.id, members.get(i));
            member.position = i;
            member.persist();
        }
        for (RecipientIdentity recipient : recipientsHoldingEnough(stack, members)) {
            assertions.lockRecipient(recipient);
            checkCompletion(stack, recipient);
        }
        return stack;
    }

    public List<Stack> list(Caller caller, UUID issuerId) {
        issuers.get(caller, issuerId);
        return Stack.list("issuerId = ?1 order by createdAt, id", issuerId);
    }

    public Stack get(Caller caller, UUID id) {
        return Stack.<Stack>findByIdOptional(id).filter(s -> caller.canAccess(s.issuerId))
                .orElseThrow(() -> ProblemException.notFound("stack", id));
    }

    public StackRequests.StackView view(Stack stack) {
        return new StackRequests.StackView(stack.id, stack.issuerId, stack.name, stack.description,
                members(stack).stream().map(b -> new Member(b.id, b.name)).toList(), stack.requiredCount,
                stack.completionBadgeClassId, stack.createdAt);
    }

    public Progress progress(Caller caller, UUID stackId, RecipientIdentity recipient) {
        Stack stack = get(caller, stackId);
        List<BadgeClass> members = members(stack);
        Map<UUID, LiveAward> earliest = earliestLiveAwards(recipient, stack);
        List<Earned> earned = new ArrayList<>();
        List<Member> missing = new ArrayList<>();
        for (BadgeClass badge : members) {
            LiveAward award = earliest.get(badge.id);
            if (award == null) {
                missing.add(new Member(badge.id, badge.name));
            } else {
                earned.add(new Earned(badge.id, badge.name, award.id(), award.issuedOn()));
            }
        }
        StackCompletion completion = StackCompletion.findById(
                new StackCompletion.Key(stack.id, recipient.type(), recipient.identity()));
        return new Progress(stack.id, recipient.identity(), recipient.type(), stack.requiredCount, earned.size(),
                earned, missing, completion != null, completion == null ? null : completion.completedOn,
                completion == null ? null : completion.completionAssertionId);
    }

    /**
     * Runs inside the issuing transaction, under the recipient's lock (see AssertionService). One query finds the
     * stacks with this badge class that the recipient has not completed yet: it is on the path of every award.
     */
    void onAwarded(@Observes BadgeAwarded event) {
        RecipientIdentity recipient = event.recipient();
        List<Stack> open = Stack.list("id in (select m.key.stackId from StackMember m where m.key.badgeClassId = ?1)"
                + " and id not in (select c.key.stackId from StackCompletion c"
                + " where c.key.recipientType = ?2 and c.key.recipientIdentity = ?3)",
                event.badgeClassId(), recipient.type(), recipient.identity());
        for (Stack stack : open) {
            completeIfEarned(stack, recipient);
        }
    }

    private void checkCompletion(Stack stack, RecipientIdentity recipient) {
        var key = new StackCompletion.Key(stack.id, recipient.type(), recipient.identity());
        if (StackCompletion.findById(key) == null) {
            completeIfEarned(stack, recipient);
        }
    }

    /** Records the completion (and awards the completion badge) if the recipient now holds enough of the stack. */
    private void completeIfEarned(Stack stack, RecipientIdentity recipient) {
        var key = new StackCompletion.Key(stack.id, recipient.type(), recipient.identity());
        List<LiveAward> earned = earliestLiveAwards(recipient, stack).values().stream()
                .sorted(Comparator.comparing(LiveAward::issuedOn).thenComparing(LiveAward::id)).toList();
        if (earned.size() < stack.requiredCount) {
            return;
        }
        // Completed when the required-th badge was earned, whatever order the awards were recorded in.
        List<LiveAward> counted = earned.subList(0, stack.requiredCount);
        Instant completedOn = counted.get(counted.size() - 1).issuedOn();
        StackCompletion completion = new StackCompletion();
        completion.key = key;
        completion.completedOn = completedOn;
        completion.persist();
        if (stack.completionBadgeClassId != null) {
            Assertion awarded = assertions.awardCompletion(stack.completionBadgeClassId, recipient, completedOn,
                    stack.id, "Awarded for completing the stack \"" + stack.name + "\".", counted);
            completion.completionAssertionId = awarded.id;
        }
    }

    /** For each of the stack's badge classes, the recipient's earliest live award of it. */
    private Map<UUID, LiveAward> earliestLiveAwards(RecipientIdentity recipient, Stack stack) {
        return assertions.earliestLiveAwards(recipient, stack.issuerId, memberIds(stack.id), clock.instant());
    }

    private List<BadgeClass> members(Stack stack) {
        return badges.findAll(memberIds(stack.id));
    }

    /** A stack's badge classes, in order. Members never change once a stack exists, so they are cached. */
    private List<UUID> memberIds(UUID stackId) {
        return memberIds.computeIfAbsent(stackId, id -> StackMember.<StackMember>list(
                "key.stackId = ?1 order by position", id).stream().map(m -> m.key.badgeClassId()).toList());
    }

    @SuppressWarnings("unchecked")
    private List<RecipientIdentity> recipientsHoldingEnough(Stack stack, List<UUID> members) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select recipient_type, recipient_identity from assertion
                where badge_class_id in (?1) and revoked_at is null and (expires is null or expires > ?2)
                group by recipient_type, recipient_identity
                having count(distinct badge_class_id) >= ?3
                order by recipient_type, recipient_identity""")
                .setParameter(1, members).setParameter(2, clock.instant()).setParameter(3, stack.requiredCount)
                .getResultList();
        return rows.stream().map(r -> new RecipientIdentity((String) r[0], (String) r[1])).toList();
    }
}
