using System.Text;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Functions.Handlers;

/// <summary>
/// Holds a caller-supplied routing key (environment, dialed number, language) to DynamoDB's key limit before any read. An
/// over-long key is bad input, not a store outage: sent to DynamoDB it fails as a ValidationException that would read as
/// "store unavailable" and take the stale-cache path. Applied whatever the store, so a routing file behaves as the tables do.
/// </summary>
internal static class RoutingKeyLimit
{
    /// <summary>A <c>Dcc.InvalidEvent</c> naming <paramref name="field"/> and the limit when <paramref name="key"/> is too long; else null.</summary>
    public static FunctionFailure? Check(string field, string key)
    {
        // Most keys are short: only count bytes when the characters alone could exceed the limit (UTF-8 is ≥ 1 byte a char).
        if (key.Length * 3 <= RoutingTableSchema.MaxKeyBytes)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetByteCount(key);
        return bytes <= RoutingTableSchema.MaxKeyBytes
            ? null
            : FunctionFailure.Create(ErrorTypes.InvalidEvent, FunctionMessages.EventKeyTooLong,
                field, bytes, RoutingTableSchema.MaxKeyBytes);
    }
}
