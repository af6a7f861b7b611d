-- Reference data every service reads the same way; rows are kept in R__reference_data.sql.
CREATE TABLE region (
    code         text PRIMARY KEY,
    name_ko      text    NOT NULL,
    name_en      text    NOT NULL,
    capital_area boolean NOT NULL,
    sort_order   int     NOT NULL
);

CREATE TABLE industry (
    code              text PRIMARY KEY,
    name_ko           text    NOT NULL,
    name_en           text    NOT NULL,
    counts_toward_ai  boolean NOT NULL,
    sort_order        int     NOT NULL
);

CREATE TABLE instrument (
    code       text PRIMARY KEY,
    name_ko    text NOT NULL,
    name_en    text NOT NULL,
    sort_order int  NOT NULL
);
