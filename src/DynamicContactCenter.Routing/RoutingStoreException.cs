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
}
