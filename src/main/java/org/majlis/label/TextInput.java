package org.majlis.label;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.InputErrors;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("TextInput")
@Description("A short text an analyst writes about a claim (a title, a description), in English and optionally Arabic.")
public class TextInput {

    @NonNull
    @Description("In English.")
    public String en;

    @Description("In Arabic.")
    public String ar;

    /** Adds the problems with this text, the input field {@code name}, to errors: an English text, and lengths. */
    public void check(String name, int characters, InputErrors errors) {
        errors.requireText(en, InputErrors.field(name, "en"));
        errors.maxLength(en, characters, InputErrors.field(name, "en"));
        errors.maxLength(ar, characters, InputErrors.field(name, "ar"));
    }

    public String english() {
        return en.strip();
    }

    /** The Arabic text, or null when none is given. */
    public String arabic() {
        return ar == null || ar.isBlank() ? null : ar.strip();
    }
}
