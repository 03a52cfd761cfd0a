"""The tables. Portable column types only: the same models run on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite would hand back naive ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), dict[str, Any]: JSON}


class Campaign(Base):
    """A tagged entry link (a workshop, a district, an online call)."""

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]


class Participant(Base):
    """Anyone who talks to the bot, known only by a pseudonymous key."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    locale: Mapped[str | None] = mapped_column(String(8))
    consent: Mapped[str | None] = mapped_column(String(16))  # given | refused | withdrawn
    consent_at: Mapped[datetime | None]
    consent_notice_version: Mapped[int | None]
    migration_experience: Mapped[str | None] = mapped_column(String(16))  # yes | no | undisclosed
    district: Mapped[str | None] = mapped_column(String(64))
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL"), index=True
    )
    stopped_at: Mapped[datetime | None]  # the messenger says the person blocked the bot
    created_at: Mapped[datetime]


class ConversationState(Base):
    """Where a participant is in a dialog; `version` binds offered options to the step."""

    __tablename__ = "conversation_states"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    flow: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]]
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime]


class ProcessedUpdate(Base):
    """A channel update already handled, so a re-delivery is handled once."""

    __tablename__ = "processed_updates"
    __table_args__ = (UniqueConstraint("key", name="uq_processed_updates_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64))
    processed_at: Mapped[datetime]


class SurveyResponse(Base):
    """One taking of the survey; a retake supersedes the previous one (the latest counts)."""

    __tablename__ = "survey_responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    survey_version: Mapped[int]
    started_at: Mapped[datetime]
    completed_at: Mapped[datetime | None]
    superseded_at: Mapped[datetime | None]


_UNREAD_TEXT = "text IS NOT NULL AND reviewed_at IS NULL"


class SurveyAnswer(Base):
    """One answer, normalised for counting: a chosen option, a scale value, or free words.

    A multiple choice is one row per chosen option. A skipped question is a row with `skipped`.
    """

    __tablename__ = "survey_answers"
    __table_args__ = (
        Index("ix_survey_answers_question_time", "question_id", "answered_at"),
        # Everything the survey's counts read, in their groups' order (see storage.survey).
        Index(
            "ix_survey_answers_counting",
            "dimension",
            "question_id",
            "value",
            "option_id",
            "answered_at",
            "skipped",
            "response_id",
        ),
        # The few answers in own words still unread, for the organisers' queue and its count,
        # without reading every chosen option of every survey.
        Index(
            "ix_survey_answers_unread_text",
            "answered_at",
            "id",
            sqlite_where=sql(_UNREAD_TEXT),
            postgresql_where=sql(_UNREAD_TEXT),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("survey_responses.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    survey_version: Mapped[int]
    question_id: Mapped[str] = mapped_column(String(64))
    dimension: Mapped[str | None] = mapped_column(String(16))
    option_id: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[int | None]
    text: Mapped[str | None] = mapped_column(Text)
    skipped: Mapped[bool] = mapped_column(default=False)
    answered_at: Mapped[datetime]
    # Free words are read by an organiser; the mark lives on the row itself, so erasure, the
    # retention purge and a changed answer (a new row) take it with them.
    reviewed_at: Mapped[datetime | None]
    reviewed_by: Mapped[int | None] = mapped_column(
        ForeignKey("organisers.id", ondelete="SET NULL")
    )


class Idea(Base):
    """An answer to "what and how can we do?": seeded from the workshops or proposed."""

    __tablename__ = "ideas"
    __table_args__ = (Index("ix_ideas_status_area", "status", "area"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)  # stable: seed id or "p<number>"
    area: Mapped[str] = mapped_column(String(32))
    dimensions: Mapped[list[str]] = mapped_column(JSON, default=list)
    need: Mapped[str | None] = mapped_column(String(64))  # "<dimension>.<need option>", optional
    source: Mapped[str] = mapped_column(String(32))  # workshops-2023 | participant
    language: Mapped[str] = mapped_column(String(8))  # the language it was written in
    status: Mapped[str] = mapped_column(String(16))  # waiting | approved | rejected | merged
    reject_reason: Mapped[str | None] = mapped_column(String(32))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("ideas.id", ondelete="SET NULL"))
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime]
    reviewed_at: Mapped[datetime | None]
    # What became of it (planned | in_progress | done | not_possible), when, and the language
    # its public note was written in; the note's texts are in `outcome_notes`.
    outcome: Mapped[str | None] = mapped_column(String(16))
    outcome_at: Mapped[datetime | None] = mapped_column(index=True)
    outcome_language: Mapped[str | None] = mapped_column(String(8))


class IdeaText(Base):
    """An idea's text in one language (the original, or a translation)."""

    __tablename__ = "idea_texts"

    idea_id: Mapped[int] = mapped_column(
        ForeignKey("ideas.id", ondelete="CASCADE"), primary_key=True
    )
    locale: Mapped[str] = mapped_column(String(8), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class OutcomeNote(Base):
    """An outcome's public note in one language (the organiser's original, or a translation)."""

    __tablename__ = "outcome_notes"

    idea_id: Mapped[int] = mapped_column(
        ForeignKey("ideas.id", ondelete="CASCADE"), primary_key=True
    )
    locale: Mapped[str] = mapped_column(String(8), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class Rating(Base):
    """One participant's rating of one idea on the report's two questions, 1-5 each."""

    __tablename__ = "ratings"
    __table_args__ = (
        UniqueConstraint("idea_id", "participant_id", name="uq_ratings_idea_participant"),
        # An idea's ratings given after a moment, read without the table: the digest's earlier
        # week is the ideas' sums less these. It also recounts the sums from scratch.
        Index("ix_ratings_idea_time_scores", "idea_id", "rated_at", "effectiveness", "ease"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    effectiveness: Mapped[int]
    ease: Mapped[int]
    rated_at: Mapped[datetime]


class IdeaRatingSums(Base):
    """An idea's ratings summed up, kept in step with `ratings` in the rating's own transaction.

    Means and standard deviations follow from these exactly (integers, no rounding), so reading
    the matrix or choosing the next idea to rate never walks the ratings themselves.
    """

    __tablename__ = "idea_scores"

    idea_id: Mapped[int] = mapped_column(
        ForeignKey("ideas.id", ondelete="CASCADE"), primary_key=True
    )
    ratings: Mapped[int]
    effectiveness_sum: Mapped[int] = mapped_column(BigInteger)
    effectiveness_squares: Mapped[int] = mapped_column(BigInteger)
    ease_sum: Mapped[int] = mapped_column(BigInteger)
    ease_squares: Mapped[int] = mapped_column(BigInteger)


class Organiser(Base):
    """An NGO worker or official: moderates ideas and receives digests.

    The chat address is the only messenger address the bot keeps, because digests are pushed to it.
    """

    __tablename__ = "organisers"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_key: Mapped[str] = mapped_column(String(64), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(100))
    locale: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    unreachable_at: Mapped[datetime | None]  # the messenger said pushes cannot arrive


class OrganiserInvite(Base):
    """A single-use invitation link; only the token's SHA-256 is kept, never the token."""

    __tablename__ = "organiser_invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class AuditEntry(Base):
    """Who did what to which idea or campaign, and when; never any answer content.

    `organiser_id` is empty for a refused attempt by someone who is not an organiser; such
    attempts are one row per participant and hour, `times` counting them, erased with them.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisers.id", ondelete="SET NULL"), index=True
    )
    action: Mapped[str] = mapped_column(String(32), index=True)
    target: Mapped[str | None] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    times: Mapped[int] = mapped_column(default=1, server_default="1")


class DashboardSignin(Base):
    """A one-time link into the dashboard, sent to an organiser's chat; only its hash is kept."""

    __tablename__ = "dashboard_signins"

    id: Mapped[int] = mapped_column(primary_key=True)
    organiser_id: Mapped[int] = mapped_column(
        ForeignKey("organisers.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)
    used_at: Mapped[datetime | None]


class DashboardSession(Base):
    """An organiser signed in to the dashboard: the cookie's hash, never the cookie itself."""

    __tablename__ = "dashboard_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    organiser_id: Mapped[int] = mapped_column(
        ForeignKey("organisers.id", ondelete="CASCADE"), index=True
    )
    session_hash: Mapped[str] = mapped_column(String(64), unique=True)
    locale: Mapped[str] = mapped_column(String(8))  # the pages' language, chosen on them
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)


class DashboardAttempt(Base):
    """One request to a sign-in link, counted for the rate limit. The client is a keyed hash of
    its address; rows older than the limit's window are deleted."""

    __tablename__ = "dashboard_attempts"
    __table_args__ = (Index("ix_dashboard_attempts_client_at", "client", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(index=True)


class DigestDelivery(Base):
    """One organiser's digest for one period, recorded in the transaction that queued it."""

    __tablename__ = "digest_deliveries"
    __table_args__ = (
        UniqueConstraint("organiser_id", "period", name="uq_digest_deliveries_organiser_period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organiser_id: Mapped[int] = mapped_column(ForeignKey("organisers.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(32))
    claimed_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=1)


class SignalInboxEntry(Base):
    """A Signal message read from signal-cli's event stream and not yet handled.

    signal-cli confirms a message to Signal before the bot reads it, so it is kept here from the
    moment it is read. The sender's account UUID is kept only until the message is handled: the
    row is deleted then.
    """

    __tablename__ = "signal_inbox"
    __table_args__ = (UniqueConstraint("sender", "sent_at", name="uq_signal_inbox_sender_sent_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)  # arrival order
    sender: Mapped[str] = mapped_column(String(64))
    sent_at: Mapped[int] = mapped_column(BigInteger)  # the envelope's timestamp, in ms
    envelope: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]


class OutboxMessage(Base):
    """A reply or push decided in a transaction, waiting to be sent (or sent, without content).

    Written in the transaction that decided it, so a crash can delay a message but not lose it.
    Once sent, the address and the message are cleared; the bare row is pruned later.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_channel_sent_at", "channel", "sent_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)  # the order messages to one chat go out in
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str | None] = mapped_column(String(128))
    message: Mapped[dict[str, Any] | None]
    created_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(default=0)
    sent_at: Mapped[datetime | None]


class Workshop(Base):
    """A live workshop: a campaign whose code is the room's, and the ideas the room rates.

    `revision` counts what the facilitator changed (the current idea, the pace, the ideas,
    closing), for a page that asks what changed since it last looked.
    """

    __tablename__ = "workshops"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), unique=True
    )
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisers.id", ondelete="SET NULL")
    )
    pace: Mapped[str] = mapped_column(String(16))  # together | self
    current_idea_id: Mapped[int | None] = mapped_column(ForeignKey("ideas.id", ondelete="SET NULL"))
    revision: Mapped[int] = mapped_column(default=0)
    opened_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class WorkshopIdea(Base):
    """An idea the room rates, at its place in the room's order."""

    __tablename__ = "workshop_ideas"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    idea_id: Mapped[int] = mapped_column(
        ForeignKey("ideas.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int]
    added_at: Mapped[datetime]


class WorkshopMember(Base):
    """Someone who joined a workshop.

    The chat address is kept only while they are in the room, so that the facilitator's "next"
    and the closing thank-you reach their phone; leaving, and the workshop's end, clear it.
    """

    __tablename__ = "workshop_members"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    channel: Mapped[str | None] = mapped_column(String(16))
    address: Mapped[str | None] = mapped_column(String(128))
    joined_at: Mapped[datetime]
    left_at: Mapped[datetime | None]


class UpdatePreference(Base):
    """Whether a participant wants to hear what became of the ideas they proposed or rated.

    Asked once. Only a "yes" keeps a chat address (the one place a participant's address is
    kept, because these messages are pushed); "no" and /delete remove it.
    """

    __tablename__ = "update_preferences"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    asked_at: Mapped[datetime]
    answer: Mapped[str | None] = mapped_column(String(8))  # yes | no; None: not answered
    answered_at: Mapped[datetime | None]
    channel: Mapped[str | None] = mapped_column(String(16))
    address: Mapped[str | None] = mapped_column(String(128))
    # Outcomes set up to this moment have been told (or came before the "yes").
    told_until: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]  # the one survey reminder, when it was queued


class UpdateDelivery(Base):
    """One participant's outcome message for one local day, recorded in the transaction that
    queued it: at most one a day, never twice."""

    __tablename__ = "update_deliveries"
    __table_args__ = (
        UniqueConstraint("participant_id", "day", name="uq_update_deliveries_participant_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    day: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD in TIMEZONE
    claimed_at: Mapped[datetime]
    ideas: Mapped[int]  # how many outcomes the message told
