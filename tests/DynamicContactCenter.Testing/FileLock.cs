using System.Diagnostics;

namespace DynamicContactCenter.Testing;

/// <summary>A cross-process lock on a file, for work that parallel test projects must do once (installs, publishes).</summary>
public static class FileLock
{
    /// <summary>Waits until this process holds the lock at <paramref name="path"/>; dispose the stream to release it.</summary>
    public static async Task<FileStream> AcquireAsync(string path, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (waited.Elapsed < timeout)
            {
                await Task.Delay(250).ConfigureAwait(false);
            }
        }
    }
}
