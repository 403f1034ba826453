using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Routing;

/// <summary>A store could not be read or written (network, permissions, missing table). SDK exceptions are translated to this at the store boundary.</summary>
public class RoutingStoreException : Exception
{
    /// <summary>Creates the exception with a message saying which store, table and key failed.</summary>
    public RoutingStoreException(string message) : base(message) { }

    /// <summary>Creates the exception wrapping the infrastructure error.</summary>
    public RoutingStoreException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception.</summary>
    public RoutingStoreException() { }

    /// <summary>Creates the exception for one table and key; the message should name both.</summary>
    public RoutingStoreException(RoutingTable table, string tableName, string? key, string message, Exception? innerException)
        : base(message, innerException)
    {
        Table = table;
        TableName = tableName;
        Key = key;
    }

    /// <summary>Which routing table failed, when known.</summary>
    public RoutingTable? Table { get; }

    /// <summary>The physical table name (e.g. <c>dcc-prod-Prompts</c>), when known.</summary>
    public string? TableName { get; }

    /// <summary>The row key being read or written, or null for a whole-table operation.</summary>
    public string? Key { get; }
}
