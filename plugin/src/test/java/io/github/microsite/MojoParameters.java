package io.github.microsite;

import java.lang.reflect.Field;

/** Sets a mojo's parameter as Maven would inject it, for tests that execute a mojo without Maven. */
final class MojoParameters {

    private MojoParameters() {
    }

    /** The field may be declared by the mojo's class or one it extends ({@code ServeMojo} extends {@code BuildMojo}). */
    static void set(Object mojo, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(mojo.getClass().getName() + " has no parameter field " + name);
    }
}
