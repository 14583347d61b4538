package org.openwfm.forecast.actuals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One actuals upload, kept for the audit: its rows live in actual_interval until a newer upload replaces them. */
@Entity
@Table(name = "actual_upload")
public class ActualUpload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    public String note;

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    /** Rows of earlier uploads that this one replaced. */
    @Column(name = "replaced_count", nullable = false)
    public int replacedCount;

    /** First interval start of the upload. */
    @Column(name = "span_start", nullable = false)
    public Instant spanStart;

    /** End of the last interval of the upload. */
    @Column(name = "span_end", nullable = false)
    public Instant spanEnd;
}
