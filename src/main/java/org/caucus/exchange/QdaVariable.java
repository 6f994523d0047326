package org.caucus.exchange;

/**
 * The REFI-QDA variables Caucus writes: message headers on sources and participant details on
 * cases. On import they are recognised by name, so a file edited in another tool still says who
 * posted a message.
 */
enum QdaVariable {
    SUBJECT("Subject", "Text"),
    THREAD_SUBJECT("Thread subject", "Text"),
    LIST("List", "Text"),
    POSTER("Poster", "Text"),
    POSTER_ADDRESS("Poster address", "Text"),
    SENT_AT("Sent at", "DateTime"),
    MESSAGE_ID("Message-ID", "Text"),
    IN_REPLY_TO("In-Reply-To", "Text"),
    ORGANISATION("Organisation", "Text"),
    STAKEHOLDER_GROUP("Stakeholder group", "Text"),
    COUNTRY("Country", "Text"),
    ADDRESSES("E-mail addresses", "Text");

    private final String label;
    private final String type;

    QdaVariable(String label, String type) {
        this.label = label;
        this.type = type;
    }

    String label() {
        return label;
    }

    /** The REFI-QDA typeOfVariable. */
    String type() {
        return type;
    }

    String valueElement() {
        return type + "Value";
    }

    String guid() {
        return Guids.variable(label);
    }
}
