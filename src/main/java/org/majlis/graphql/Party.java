package org.majlis.graphql;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

@Union
@Description("A side in a conflict or relationship: an Actor or an Organisation.")
public interface Party {
}
