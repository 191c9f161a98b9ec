package org.majlis.frameworkinternals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

/** The registry an operation sees takes SmallRye's loaders as fields ask for them, and dispatches only those. */
class UsedDataLoadersTest {

    private final List<String> batches = new ArrayList<>();
    private final DataLoaderRegistry all = new DataLoaderRegistry();

    UsedDataLoadersTest() {
        for (String name : List.of("Actor.meetings", "Meeting.place", "Place.presences")) {
            all.register(name, DataLoaderFactory.newDataLoader(keys -> {
                batches.add(name + " " + keys);
                return CompletableFuture.completedFuture(keys);
            }));
        }
    }

    @Test
    void dispatchesTheLoadersTheOperationAskedForAndNoOther() {
        UsedDataLoaders.Registry used = new UsedDataLoaders.Registry(all);
        DataLoader<String, String> place = used.getDataLoader("Meeting.place");
        place.load("moscow");
        all.<String, String> getDataLoader("Actor.meetings").load("lavrov"); // queued, but never asked for here

        used.dispatchAll();

        assertEquals(List.of("Meeting.place [moscow]"), batches);
        assertEquals(1, used.getDataLoaders().size());
    }

    @Test
    void aLoaderAskedForTwiceIsTheSameLoader() {
        UsedDataLoaders.Registry used = new UsedDataLoaders.Registry(all);
        assertEquals(used.getDataLoader("Place.presences"), used.<Object, Object> getDataLoader("Place.presences"));
    }

    @Test
    void anUnknownLoaderIsNone() {
        assertNull(new UsedDataLoaders.Registry(all).getDataLoader("Nothing.here"));
    }
}
