package org.techan.storefront.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;

/**
 * How templates read a record's properties ({@code product.titleZh}). OGNL looks for a bean getter
 * first and, finding none on a record, scans and lower-cases every public method of the class on
 * every read: a third of a product page's CPU went there. This finds the accessor once per class
 * and name (the component accessor, or a getter or {@code is} method), and leaves anything else
 * to OGNL's own accessor.
 */
final class RecordProperties implements PropertyAccessor {

    private static final ObjectPropertyAccessor FALLBACK = new ObjectPropertyAccessor();

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (Method method : type.getMethods()) {
                if (method.getParameterCount() == 0
                        && method.getReturnType() != void.class
                        && !Modifier.isStatic(method.getModifiers())
                        && method.getDeclaringClass() != Object.class
                        && method.trySetAccessible()) {
                    accessors.putIfAbsent(method.getName(), method);
                }
            }
            Map<String, Method> byProperty = new HashMap<>(accessors);
            accessors.forEach((name, method) -> {
                if (name.startsWith("get") && name.length() > 3) {
                    byProperty.putIfAbsent(decapitalise(name.substring(3)), method);
                } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
                    byProperty.putIfAbsent(decapitalise(name.substring(2)), method);
                }
            });
            return Map.copyOf(byProperty);
        }
    };

    private RecordProperties() {}

    /** Makes OGNL read every record's properties through this accessor. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordProperties());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        Method accessor = name instanceof String property
                ? ACCESSORS.get(target.getClass()).get(property)
                : null;
        if (accessor == null) {
            return FALLBACK.getProperty(context, target, name);
        }
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException e) {
            throw new OgnlException(
                    "Cannot read " + name + " of " + target.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new OgnlException(
                    "Reading " + name + " of " + target.getClass().getName() + " failed", e.getCause());
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void setProperty(Map context, Object target, Object name, Object value) throws OgnlException {
        FALLBACK.setProperty(context, target, name, value);
    }

    @Override
    public String getSourceAccessor(OgnlContext context, Object target, Object index) {
        return FALLBACK.getSourceAccessor(context, target, index);
    }

    @Override
    public String getSourceSetter(OgnlContext context, Object target, Object index) {
        return FALLBACK.getSourceSetter(context, target, index);
    }

    private static String decapitalise(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
