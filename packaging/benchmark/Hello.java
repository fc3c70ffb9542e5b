/** The yardstick of a cold command in {@code packaging/startup-benchmark.sh}: a JVM that prints one line. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello");
    }
}
