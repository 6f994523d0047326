package org.caucus.corpus;

import org.caucus.corpus.importing.MailSources;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and batch size of imports ({@code caucus.import.*}).
 *
 * @param batchSize messages stored per transaction
 * @param maxUploadBytes an upload larger than this is refused before it is read
 * @param maxInflatedBytes a .gz or .zip that inflates past this is refused (decompression bombs)
 * @param maxMessageBytes a single message larger than this is kept as failed
 */
@ConfigurationProperties("caucus.import")
record ImportSettings(Integer batchSize, Long maxUploadBytes, Long maxInflatedBytes, Long maxMessageBytes) {

    ImportSettings {
        batchSize = batchSize == null ? 500 : batchSize;
        maxUploadBytes = maxUploadBytes == null ? 200L << 20 : maxUploadBytes;
        maxInflatedBytes = maxInflatedBytes == null ? MailSources.DEFAULT_MAX_INFLATED_BYTES : maxInflatedBytes;
        maxMessageBytes = maxMessageBytes == null ? MailSources.DEFAULT_MAX_MESSAGE_BYTES : maxMessageBytes;
    }

    MailSources mailSources() {
        return new MailSources(maxInflatedBytes, maxMessageBytes);
    }
}
