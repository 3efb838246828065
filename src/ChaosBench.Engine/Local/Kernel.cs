using System.Runtime.InteropServices;

namespace ChaosBench.Engine.Local;

/// <summary>The libc calls that signal processes and watch them die. Each returns -1 and sets errno on failure.</summary>
internal static partial class Kernel
{
    private const string Lib = "libc";

    public const int SigKill = 9;
    public const int ESrch = 3;
    public const short PollIn = 1;
    public const int PrioProcess = 0;
    public const int HighestNice = -20;

    [LibraryImport(Lib, EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    /// <summary>A descriptor that becomes readable when the process has exited (Linux 5.3, glibc 2.36).</summary>
    [LibraryImport(Lib, EntryPoint = "pidfd_open", SetLastError = true)]
    public static partial int PidfdOpen(int pid, uint flags);

    [LibraryImport(Lib, EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll([In, Out] PollFd[] fds, nuint count, int timeoutMs);

    [LibraryImport(Lib, EntryPoint = "setpriority", SetLastError = true)]
    public static partial int SetPriority(int which, int who, int nice);

    [LibraryImport(Lib, EntryPoint = "close")]
    public static partial int Close(int fd);

    /// <summary>struct pollfd.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short REvents;
    }
}
