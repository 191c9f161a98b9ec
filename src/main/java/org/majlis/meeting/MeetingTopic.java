package org.majlis.meeting;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A subject discussed at a meeting, in seed order. */
@Entity
@IdClass(MeetingTopic.Key.class)
public class MeetingTopic extends PanacheEntityBase {

    @Id
    @Column(name = "meeting")
    public String meetingSlug;

    @Id
    @Column(name = "ordinal")
    public int ordinal;

    public String topic;

    public record Key(String meetingSlug, int ordinal) implements Serializable {
    }

    public static List<MeetingTopic> forMeetings(Collection<String> meetingSlugs) {
        return list("meetingSlug in ?1 order by meetingSlug, ordinal", meetingSlugs);
    }
}
