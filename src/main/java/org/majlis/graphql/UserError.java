package org.majlis.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A problem with a mutation's input that the user can fix, returned in its payload's userErrors beside the field it
 * concerns (the convention frontends know from Shopify's and GitHub's APIs). What the user cannot fix (a missing
 * token, a limit, an outage) is a top-level error with a code instead. Nothing is written when there is one.
 */
@RegisterForReflection
@Description("A problem with the input that the user can fix: nothing was changed.")
public class UserError {

    @NonNull
    @Description("What is wrong, for a program to branch on: INVALID, TOO_LONG, NOT_FOUND, TAKEN, CONFLICT.")
    public final String code;

    @NonNull
    @Description("The path of the input field it concerns, e.g. [\"input\", \"language\"].")
    public final List<@NonNull String> field;

    @NonNull
    @Description("What to change, for a person to read.")
    public final String message;

    public UserError(String code, List<String> field, String message) {
        this.code = code;
        this.field = List.copyOf(field);
        this.message = message;
    }

    /** A problem with a field of the mutation's input argument. */
    public static UserError onInput(String code, String inputField, String message) {
        return new UserError(code, List.of("input", inputField), message);
    }
}
