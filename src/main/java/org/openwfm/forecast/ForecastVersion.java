package org.openwfm.forecast;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One upload. Its rows live in forecast_interval; the newest version with a row for an interval wins. */
@Entity
@Table(name = "forecast")
public class ForecastVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    public String note;

    /** The method that built the version from history; null for an upload. */
    public String method;

    /** First interval start of the upload. */
    @Column(name = "span_start", nullable = false)
    public Instant spanStart;

    /** End of the last interval of the upload. */
    @Column(name = "span_end", nullable = false)
    public Instant spanEnd;

    @Column(name = "row_count", nullable = false)
    public int rowCount;
}
