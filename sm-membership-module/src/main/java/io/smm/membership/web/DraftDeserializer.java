package io.smm.membership.web;

import java.io.IOException;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.util.ClassUtil;

/**
 * Reads a {@link Draft} field by field with the host's own converters: a field whose value does not convert is
 * named on the draft (its path such as {@code tiers[1].keepAt}, with what was expected) instead of failing the
 * whole body. Nested drafts hand their unreadable fields up with their path. A body that is not a JSON object is
 * still refused as a whole.
 */
final class DraftDeserializer extends JsonDeserializer<Draft> implements ContextualDeserializer {

    private final JavaType type;

    DraftDeserializer() {
        this(null);
    }

    private DraftDeserializer(JavaType type) {
        this.type = type;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        JavaType contextual = ctxt.getContextualType() != null ? ctxt.getContextualType() : property.getType();
        return new DraftDeserializer(contextual.isContainerType() ? contextual.getContentType() : contextual);
    }

    @Override
    public Draft deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode body = ctxt.readValue(p, JsonNode.class);
        if (!body.isObject()) {
            return (Draft) ctxt.handleUnexpectedToken(type, body.asToken(), p, "a JSON object is expected");
        }
        Draft draft = (Draft) ClassUtil.createInstance(type.getRawClass(), ctxt.canOverrideAccessModifiers());
        BeanDescription bean = ctxt.getConfig().introspect(type);
        for (BeanPropertyDefinition property : bean.findProperties()) {
            JsonNode value = body.get(property.getName());
            AnnotatedMember setter = property.getMutator();
            if (value != null && setter != null && property.couldDeserialize()) {
                if (ctxt.canOverrideAccessModifiers()) { // as Jackson's own bean reader does
                    setter.fixAccess(ctxt.isEnabled(MapperFeature.OVERRIDE_PUBLIC_ACCESS_MODIFIERS));
                }
                read(draft, property.getName(), setter, property.getPrimaryType(), value, p, ctxt);
            }
        }
        return draft;
    }

    private static void read(Draft draft, String name, AnnotatedMember setter, JavaType fieldType, JsonNode value,
            JsonParser p, DeserializationContext ctxt) throws IOException {
        if (value.isNull() && fieldType.isPrimitive()) {
            return;
        }
        Object read;
        try {
            read = value.isNull() ? null : readValue(value, fieldType, p, ctxt);
        } catch (JsonProcessingException unreadable) {
            draft.markUnreadable(violation(name, fieldType, unreadable));
            return;
        }
        setter.setValue(draft, read);
        handUp(draft, name, read);
    }

    private static Object readValue(JsonNode value, JavaType fieldType, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        try (JsonParser field = value.traverse(p.getCodec())) {
            field.nextToken();
            return ctxt.readValue(field, fieldType);
        }
    }

    /** A nested draft's (or a list of drafts') unreadable fields become the outer draft's, under their path. */
    private static void handUp(Draft draft, String name, Object read) {
        if (read instanceof Draft) {
            for (Violation inner : ((Draft) read).unreadable()) {
                draft.markUnreadable(new Violation(name + "." + inner.field(), inner.code(), inner.arguments()));
            }
        } else if (read instanceof List) {
            List<?> elements = (List<?>) read;
            for (int i = 0; i < elements.size(); i++) {
                handUp(draft, name + "[" + i + "]", elements.get(i));
            }
        }
    }

    private static Violation violation(String name, JavaType fieldType, JsonProcessingException unreadable) {
        String field = unreadable instanceof JsonMappingException
                ? name + pathOf(((JsonMappingException) unreadable).getPath()) : name;
        Class<?> expected = expectedType(fieldType, unreadable);
        if (expected.isEnum()) {
            return new Violation(field, "membership.input.one-of", Arrays.stream(expected.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", ")));
        }
        if (isWhole(expected)) {
            return new Violation(field, "membership.input.whole-number");
        }
        if (Number.class.isAssignableFrom(expected) || expected.isPrimitive() && expected != boolean.class) {
            return new Violation(field, "membership.input.number");
        }
        if (expected == Boolean.class || expected == boolean.class) {
            return new Violation(field, "membership.input.boolean");
        }
        if (Temporal.class.isAssignableFrom(expected)) {
            return new Violation(field, "membership.input.instant");
        }
        return new Violation(field, "membership.problem.unreadable");
    }

    /** What the value should have been: the converter's target where it says, else the field's (element) type. */
    private static Class<?> expectedType(JavaType fieldType, JsonProcessingException unreadable) {
        Class<?> target = null;
        if (unreadable instanceof MismatchedInputException) {
            target = ((MismatchedInputException) unreadable).getTargetType();
        } else if (unreadable instanceof InputCoercionException) {
            target = ((InputCoercionException) unreadable).getTargetType();
        }
        if (target != null && !Collection.class.isAssignableFrom(target) && !Map.class.isAssignableFrom(target)) {
            return target;
        }
        return fieldType.isContainerType() ? fieldType.getContentType().getRawClass() : fieldType.getRawClass();
    }

    private static boolean isWhole(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class;
    }

    /** A Jackson path as our violations name fields: {@code tiers[1].keepAt}, with a leading separator. */
    static String pathOf(List<JsonMappingException.Reference> path) {
        return path.stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining());
    }
}
