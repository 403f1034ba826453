using System.Text.Json;

namespace DynamicContactCenter.Functions.Events;

/// <summary>
/// Finds text in a parsed event that cannot become a .NET string: a lone surrogate escape (<c>"\ud800"</c>) or bytes that
/// are not UTF-8. <see cref="JsonDocument"/> accepts both and fails only later, in <c>GetString</c>, with an
/// <see cref="InvalidOperationException"/> deep inside a handler or the session fold; checking every name and string once,
/// up front, turns that into one precise <c>Dcc.InvalidEvent</c> naming the field.
/// </summary>
internal static class UnicodeCheck
{
    /// <summary>The path of the first property name or string value that is not valid Unicode, or null when all are.</summary>
    public static string? FirstInvalid(JsonElement element) => FirstInvalid(element, "");

    private static string? FirstInvalid(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryRead(() => property.Name, out var name))
                    {
                        return Join(path, "(a property name)");
                    }

                    if (FirstInvalid(property.Value, Join(path, name!)) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstInvalid(item, $"{path}[{index++}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.String:
                return TryRead(element.GetString, out _) ? null : (path.Length == 0 ? "(the event)" : path);
            default:
                return null;
        }
    }

    private static bool TryRead(Func<string?> read, out string? value)
    {
        try
        {
            value = read();
            return true;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json's way of saying "this text cannot be transcoded to UTF-16".
            value = null;
            return false;
        }
    }

    // The path quotes nothing of the bad text itself: it may be the very thing that cannot be printed.
    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + LoggedText.Cap(name, 100);
}
