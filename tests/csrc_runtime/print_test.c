/* Prints doubles from stdin (as hex bit patterns) with the runtime's repr. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

void asmsurgeon_put(const char *text);
void asmsurgeon_put_float(double v);
void asmsurgeon_put_complex(double re, double im);

int main(void)
{
    unsigned long long a, b;
    char kind;
    while (scanf(" %c %llx %llx", &kind, &a, &b) == 3) {
        double x, y;
        memcpy(&x, &a, 8);
        memcpy(&y, &b, 8);
        if (kind == 'f')
            asmsurgeon_put_float(x);
        else
            asmsurgeon_put_complex(x, y);
        asmsurgeon_put("\n");
    }
    return 0;
}
