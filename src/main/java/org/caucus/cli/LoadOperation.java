package org.caucus.cli;

/** What a simulated coder does in one step: read a message's passages, or code, change or delete one. */
enum LoadOperation {
    READ("read a message's passages"),
    CODE("code a passage"),
    EDIT("change a passage"),
    DELETE("delete a passage");

    private final String label;

    LoadOperation(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
