package io.github.architect.boundaries;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The classes one class file can depend on, read from its constant pool only: every class entry
 * (calls, field accesses, constructor calls, casts, class literals, inheritance) and every class
 * named in a UTF-8 entry that holds a descriptor or generic signature (field, parameter, return
 * and throws types, generic type arguments, annotations and their values). A dependency ArchUnit
 * finds in a class file always leaves one of these traces, so a class whose pool names no class of
 * another service has no dependency on one. The converse does not hold (a called method's return
 * type, a local variable's type, a string that happens to look like a descriptor), which only
 * sends a class on to the exact analysis.
 */
final class ConstantPoolReferences {

    private static final int CLASS = 7;
    private static final int UTF8 = 1;
    private static final int FIELD_REF = 9;
    private static final int METHOD_REF = 10;
    private static final int INTERFACE_METHOD_REF = 11;
    private static final int METHOD_HANDLE = 15;

    private ConstantPoolReferences() {
    }

    /**
     * @param bytes a class file
     * @return the class's binary name, the binary names it refers to (array types as their
     *         element class, no primitives) and those of them it surely depends on
     * @throws IllegalArgumentException when the bytes are no class file ASM can read
     */
    static Read read(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        char[] buffer = new char[reader.getMaxStringLength()];
        Set<String> referenced = new HashSet<>();
        List<Integer> memberReferences = new ArrayList<>();
        BitSet handled = new BitSet();
        for (int item = 1; item < reader.getItemCount(); item++) {
            int offset = reader.getItem(item);
            if (offset == 0) {
                continue; // the unused slot after a long or double
            }
            int tag = bytes[offset - 1];
            if (tag == CLASS) {
                String name = reader.readUTF8(offset, buffer); // a class entry holds the index of its name
                if (name.startsWith("[")) {
                    addDescriptorClasses(name, referenced);
                } else {
                    referenced.add(name.replace('/', '.'));
                }
            } else if (tag == UTF8 && mayHoldClassName(bytes, offset)) {
                addDescriptorClasses(decode(bytes, offset, buffer), referenced);
            } else if (tag == FIELD_REF || tag == METHOD_REF || tag == INTERFACE_METHOD_REF) {
                memberReferences.add(item);
            } else if (tag == METHOD_HANDLE) {
                handled.set(reader.readUnsignedShort(offset + 1)); // after the reference kind
            }
        }
        String className = reader.getClassName();
        Set<String> accessed = new HashSet<>();
        for (int item : memberReferences) {
            // a member only a method handle refers to may be a bootstrap method (lambdas, string
            // concatenation, records), which ArchUnit does not count as a dependency
            if (!handled.get(item)) {
                addAccessed(reader.readClass(reader.getItem(item), buffer), className, accessed);
            }
        }
        if ((reader.getAccess() & Opcodes.ACC_INTERFACE) == 0) {
            addAccessed(reader.getSuperName(), className, accessed); // an interface's Object is no dependency
        }
        for (String implemented : reader.getInterfaces()) {
            addAccessed(implemented, className, accessed);
        }
        return new Read(className.replace('/', '.'), referenced, accessed);
    }

    /**
     * Adds a class accessed unless it is an array or nested in the same top-level class as the
     * reader (javac's synthetic helpers, such as an enum switch's map, which ArchUnit leaves out;
     * they belong to the same service anyway).
     */
    private static void addAccessed(String internalName, String reader, Set<String> accessed) {
        if (internalName == null || internalName.startsWith("[")
                || topLevel(internalName).equals(topLevel(reader))) {
            return;
        }
        accessed.add(internalName.replace('/', '.'));
    }

    private static String topLevel(String internalName) {
        int nested = internalName.indexOf('$', internalName.lastIndexOf('/') + 1);
        return nested < 0 ? internalName : internalName.substring(0, nested);
    }

    /**
     * @param className  the binary name of the class read ({@code com.shop.Order$Line})
     * @param referenced the binary names of the classes its constant pool names
     * @param accessed   those of them that ArchUnit always reports as a dependency of the class: the
     *                   classes whose fields or methods it accesses or calls (the owner in a field or
     *                   method reference that no method handle uses, so that only instructions do)
     *                   and the classes it extends or implements, other than its own nested ones; a
     *                   subset of {@code referenced}
     */
    record Read(String className, Set<String> referenced, Set<String> accessed) {
    }

    /** A descriptor or signature names a class as {@code L...;}: skip entries without an 'L' and a ';'. */
    private static boolean mayHoldClassName(byte[] bytes, int offset) {
        int length = ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
        boolean letter = false;
        for (int i = offset + 2, end = offset + 2 + length; i < end; i++) {
            if (bytes[i] == 'L') {
                letter = true;
            } else if (bytes[i] == ';' && letter) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds every class a descriptor or signature names: an 'L' at the start or after a character
     * that can precede a class type in a descriptor or signature, up to the ';' or '<' that ends its
     * name. Nested classes in a signature ({@code Lcom/a/Outer<TT;>.Inner;}) are written by simple
     * name after their outer class, which lives in the same package and so maps the same way.
     */
    static void addDescriptorClasses(String text, Set<String> into) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != 'L' || (i > 0 && !precedesClassType(text.charAt(i - 1)))) {
                continue;
            }
            int end = i + 1;
            while (end < length && !endsClassName(text.charAt(end))) {
                end++;
            }
            if (end < length && end > i + 1 && (text.charAt(end) == ';' || text.charAt(end) == '<')) {
                into.add(text.substring(i + 1, end).replace('/', '.'));
                i = end - 1;
            }
        }
    }

    private static boolean precedesClassType(char c) {
        return switch (c) {
            case '(', ')', '[', ';', '<', '>', ':', '+', '-', '*', '^', 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 'V' -> true;
            default -> false;
        };
    }

    /** Characters a binary class name cannot contain (JVMS 4.2.1), and the ends of a type in a signature. */
    private static boolean endsClassName(char c) {
        return c == ';' || c == '<' || c == '>' || c == '.' || c == '[' || c == '(' || c == ')' || c == ':'
                || Character.isWhitespace(c);
    }

    /** A UTF-8 constant in the class file's modified UTF-8 (JVMS 4.4.7). */
    private static String decode(byte[] bytes, int offset, char[] buffer) {
        int length = ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
        int chars = 0;
        for (int i = offset + 2, end = offset + 2 + length; i < end; ) {
            int b = bytes[i++] & 0xFF;
            if (b < 0x80) {
                buffer[chars++] = (char) b;
            } else if (b < 0xE0) {
                buffer[chars++] = (char) (((b & 0x1F) << 6) | (bytes[i++] & 0x3F));
            } else {
                buffer[chars++] = (char) (((b & 0x0F) << 12) | ((bytes[i++] & 0x3F) << 6) | (bytes[i++] & 0x3F));
            }
        }
        return new String(buffer, 0, chars);
    }
}
